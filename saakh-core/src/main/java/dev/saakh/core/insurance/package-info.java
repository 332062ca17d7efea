/** Insurance policies (FI types LIFE_INSURANCE and GENERAL_INSURANCE). */
package dev.saakh.core.insurance;
