/** Customers: MSMEs with their directors, and salaried consumers. */
package dev.saakh.core.customer;
