package dev.saakh.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} requests. A presented token that is unknown
 * or revoked is refused at once (401); requests without the header go on to the session login.
 */
public final class TokenFilter extends OncePerRequestFilter {
  private final Tokens tokens;

  public TokenFilter(Tokens tokens) {
    this.tokens = tokens;
  }

  /**
   * The token is checked again on the async dispatch that ends a streamed response (e.g. a job's
   * Server-Sent Events), which Spring Security authorizes like any other request.
   */
  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null) {
      chain.doFilter(request, response);
      return;
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      SecurityProblems.write(
          response, 401, "unauthenticated", "only 'Authorization: Bearer <token>' is accepted");
      return;
    }
    Optional<Tokens.Holder> holder = tokens.holder(header.substring(7).trim());
    if (holder.isEmpty()) {
      SecurityProblems.write(response, 401, "unauthenticated", "unknown or revoked API token");
      return;
    }
    Tokens.Holder h = holder.get();
    var auth =
        UsernamePasswordAuthenticationToken.authenticated(
            "token:" + h.name(), null, List.of(new SimpleGrantedAuthority(h.role().authority())));
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
