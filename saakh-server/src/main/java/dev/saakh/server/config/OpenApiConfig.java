package dev.saakh.server.config;

import dev.saakh.core.lake.LakeJson;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: schemas named as the API writes them (core's snake_case mapping), the
 * bearer scheme, and the problem+json error every operation can answer with.
 */
@Configuration
public class OpenApiConfig {
  private static final String PROBLEM = "Problem";

  @Bean
  ModelResolver modelResolver() {
    return new ModelResolver(LakeJson.mapper().copy());
  }

  @Bean
  OpenAPI saakhOpenApi() {
    Schema<?> problem =
        new ObjectSchema()
            .description("RFC 9457 problem details")
            .addProperty(
                "type", new StringSchema().description("https://saakh.dev/problems/<code>"))
            .addProperty("title", new StringSchema())
            .addProperty("status", new IntegerSchema())
            .addProperty("detail", new StringSchema())
            .addProperty("instance", new StringSchema())
            .addProperty("code", new StringSchema().description("the stable error code"))
            .addProperty("field", new StringSchema().description("the request field at fault"));
    return new OpenAPI()
        .info(
            new Info()
                .title("Saakh")
                .version("v1")
                .description(
                    "Credit underwriting for India's Account Aggregator ecosystem: one customer at"
                        + " a time, under consent, every access audited."))
        .components(
            new Components()
                .addSchemas(PROBLEM, problem)
                .addSecuritySchemes(
                    "bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }

  @Bean
  OperationCustomizer problems() {
    return (operation, handler) -> {
      Content content =
          new Content()
              .addMediaType(
                  "application/problem+json",
                  new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
      for (String code : new String[] {"400", "401", "403", "404", "409", "413"}) {
        if (operation.getResponses() != null && !operation.getResponses().containsKey(code)) {
          operation
              .getResponses()
              .addApiResponse(code, new ApiResponse().description(describe(code)).content(content));
        }
      }
      return operation;
    };
  }

  private static String describe(String code) {
    return switch (code) {
      case "400" -> "bad request: missing customer id, unknown field, wrong type, bad JSON";
      case "401" -> "no or unknown credentials";
      case "403" -> "wrong role, no usable consent, or outside the consent";
      case "404" -> "no such customer, dataset, report or decision";
      case "409" -> "not cleaned or analysed yet, or an idempotency key reused";
      default -> "request body too large";
    };
  }
}
