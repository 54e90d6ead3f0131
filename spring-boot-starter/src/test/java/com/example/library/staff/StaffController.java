package com.example.library.staff;

import java.util.List;

import io.github.problemdetails.core.exception.UnauthenticatedException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pages for the library's staff, for librarians only.
 */
@RestController
@RequestMapping("/staff")
@PreAuthorize("hasRole('LIBRARIAN')")
class StaffController {

	private static final String DESK_PIN = "4711";

	@GetMapping("/overdue")
	List<String> overdue() {
		return List.of("9780141439518");
	}

	// Suspending a member needs the desk's PIN besides the librarian's password.
	@PostMapping("/members/{id}/suspension")
	ResponseEntity<Void> suspend(@PathVariable long id,
			@RequestHeader(name = "X-Desk-Pin", required = false) String pin) {
		if (!DESK_PIN.equals(pin)) {
			throw new UnauthenticatedException("Confirm the suspension with the desk's PIN.");
		}
		return ResponseEntity.noContent().build();
	}

}
