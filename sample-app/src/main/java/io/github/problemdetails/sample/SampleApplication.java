package io.github.problemdetails.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Runnable service whose endpoints fail in every way the problem-details contract covers, without a single
 * exception handler of its own.
 */
// Kept in io.github.problemdetails.sample so that component scanning never reaches the starter's packages.
@SpringBootApplication
@ConfigurationPropertiesScan
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
