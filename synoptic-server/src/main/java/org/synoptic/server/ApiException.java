package org.synoptic.server;

/**
 * An error the API answers with its status code and a JSON body {@code {"error":{"status":…,"message":…}}}
 * (an HTML page for the web UI's routes).
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiException notFound(String what) {
        return new ApiException(404, what);
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }
}
