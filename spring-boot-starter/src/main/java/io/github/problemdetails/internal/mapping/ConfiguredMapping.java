package io.github.problemdetails.internal.mapping;

import io.github.problemdetails.core.ProblemStatus;
import io.github.problemdetails.mapping.ProblemDraft;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.logging.LogLevel;
import org.springframework.http.HttpHeaders;

/**
 * A mapping of an exception class given in configuration: every value that is set replaces
 * what the exception would get without it.
 *
 * @param status the HTTP status, or {@code null} to keep the exception's
 * @param type a type slug or absolute type URI, or {@code null} to keep the exception's
 * @param title a title, or {@code null} to keep the exception's
 * @param detail a fixed detail, or {@code null} to keep the exception's
 * @param code a machine-readable code, or {@code null} to keep the exception's
 * @param logLevel the log level, or {@code null} for the level of the status
 * @param exposeMessage whether the exception's message is the detail of a 4xx
 */
public record ConfiguredMapping(@Nullable Integer status, @Nullable String type, @Nullable String title,
		@Nullable String detail, @Nullable String code, @Nullable LogLevel logLevel, boolean exposeMessage) {

	/**
	 * Apply this mapping to what the exception would get without it.
	 * @param exception the exception
	 * @param draft the exception's draft without this mapping
	 * @return the draft with this mapping applied
	 */
	ProblemDraft applyTo(Throwable exception, ProblemDraft draft) {
		int mappedStatus = (this.status != null) ? this.status : draft.status();
		String mappedDetail = (this.detail != null) ? this.detail : draft.detail();
		if (this.exposeMessage && ProblemStatus.isClientError(mappedStatus) && exception.getMessage() != null) {
			mappedDetail = exception.getMessage();
		}
		// A draft's type and title belong to its status: a new status without a new type gets the status's own.
		boolean statusChanged = mappedStatus != draft.status();
		String mappedType = (this.type != null) ? this.type : statusChanged ? null : draft.type();
		String mappedTitle = (this.title != null) ? this.title : (statusChanged || this.type != null) ? null
				: draft.title();
		if (statusChanged && this.detail == null && !this.exposeMessage) {
			mappedDetail = null;
		}
		return new ProblemDraft(mappedStatus, mappedType, mappedTitle, mappedDetail,
				(this.code != null) ? this.code : draft.code(), draft.violations(), draft.extensions(),
				statusChanged ? HttpHeaders.EMPTY : draft.headers());
	}

}
