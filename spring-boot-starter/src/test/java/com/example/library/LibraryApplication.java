package com.example.library;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A lending library's existing service, shaped like the services that adopt the starter: its
 * own exception handlers, problems, exceptions and security, written before problem-details was
 * added.
 */
@SpringBootApplication
public class LibraryApplication {

}
