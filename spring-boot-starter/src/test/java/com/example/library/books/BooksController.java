package com.example.library.books;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The catalogue: answers that the library gives with a status and no body.
 */
@RestController
class BooksController {

	private static final String KNOWN_ISBN = "9780132350884";

	@GetMapping("/books/{isbn}")
	ResponseEntity<Book> book(@PathVariable String isbn) {
		if (!KNOWN_ISBN.equals(isbn)) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok(new Book(isbn, "Clean Code"));
	}

	@GetMapping("/books")
	Book search(@RequestParam String title) {
		return new Book(KNOWN_ISBN, title);
	}

	@PutMapping("/books/{isbn}/reservation")
	ResponseEntity<Void> reserve(@PathVariable String isbn) {
		return ResponseEntity.status(HttpStatus.CONFLICT).build();
	}

	@DeleteMapping("/books/{isbn}")
	ResponseEntity<Void> remove(@PathVariable String isbn) {
		return ResponseEntity.noContent().build();
	}

	// An empty answer that says what it is: the library's own, left as it is.
	@GetMapping("/books/{isbn}/cover")
	ResponseEntity<Void> cover(@PathVariable String isbn) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).build();
	}

	@GetMapping("/books/{isbn}/editions/{edition}")
	Book edition(@PathVariable String isbn, @PathVariable int edition) {
		if (edition == 1) {
			throw new ResponseStatusException(HttpStatus.GONE, "The first edition is out of print.");
		}
		throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "catalog replica db-3 is lagging");
	}

	record Book(String isbn, String title) {
	}

}
