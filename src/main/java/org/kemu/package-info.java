/**
 * The application: {@link org.kemu.KemuApplication} is the Spring Boot configuration that every capability package
 * below it contributes to, and the one class others use to start kemu (the server, a command's context, the
 * integration tests). It depends on no package of its own; the jar's entry point is {@code org.kemu.cli.Main}.
 */
package org.kemu;
