package com.example.library.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The library's audit trail of denied staff requests.
 */
public class StaffAccessAudit {

	private final List<String> deniedPaths = new CopyOnWriteArrayList<>();

	void denied(String path) {
		this.deniedPaths.add(path);
	}

	/**
	 * Return the paths of the denied requests, oldest first.
	 * @return the paths
	 */
	public List<String> deniedPaths() {
		return List.copyOf(this.deniedPaths);
	}

}
