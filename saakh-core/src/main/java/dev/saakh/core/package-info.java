/**
 * Saakh core: domain records of every Account Aggregator dataset, their JSON Schemas and the lake
 * layout. Depends on Jackson only, so it can be embedded anywhere.
 */
package dev.saakh.core;
