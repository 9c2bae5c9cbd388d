package dev.orrery.scaffold;

import org.apiguardian.api.API;

/**
 * A file a scaffold is written as.
 *
 * @param name the file name, without a folder ({@code MockConfigFile.json}, {@code OrderTests.java})
 * @param content the file's text
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScaffoldFile(String name, String content) {}
