package dev.orrery.server.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Pagination of List* and GetExecutionHistory answers: {@code maxResults} (0 or absent means the default) and an
 * opaque {@code nextToken} that names the listing it belongs to and the offset of the next page.
 */
final class Pages {

    static final int DEFAULT_PAGE_SIZE = 100;

    private Pages() {}

    /**
     * A page of a list.
     *
     * @param items the items of the page
     * @param nextToken the token of the next page, or {@code null} on the last page
     */
    record Page<T>(List<T> items, @Nullable String nextToken) {}

    /**
     * Cut the page a request asks for out of the whole list.
     *
     * @param scope what the listing is (operation and its arguments), so that a token of another listing is refused
     * @throws ApiException {@code InvalidToken} for a token that is not one of this listing's
     */
    static <T> Page<T> page(List<T> all, @Nullable Integer maxResults, @Nullable String nextToken, String scope) {
        int size = maxResults == null || maxResults == 0 ? DEFAULT_PAGE_SIZE : maxResults;
        int offset = nextToken == null ? 0 : offset(nextToken, scope);
        if (offset > all.size()) {
            throw ApiException.invalidToken();
        }
        int end = Math.min(all.size(), offset + size);
        String next = end < all.size() ? token(scope, end) : null;
        return new Page<>(all.subList(offset, end), next);
    }

    private static String token(String scope, int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((offset + "|" + scope).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String token, String scope) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidToken();
        }
        int bar = text.indexOf('|');
        if (bar <= 0 || !text.substring(bar + 1).equals(scope)) {
            throw ApiException.invalidToken();
        }
        try {
            return Integer.parseInt(text.substring(0, bar));
        } catch (NumberFormatException e) {
            throw ApiException.invalidToken();
        }
    }
}
