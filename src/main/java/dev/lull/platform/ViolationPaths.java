package dev.lull.platform;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Turns a bean-validation property path of a REST method into the field name a client sent. */
public final class ViolationPaths {
    private ViolationPaths() {
    }

    public static String field(Path path) {
        StringBuilder properties = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null && !properties.isEmpty()) {
                    properties.append('[').append(node.getIndex()).append(']');
                }
                if (node.getKind() == ElementKind.PROPERTY) {
                    properties.append(properties.isEmpty() ? "" : ".").append(node.getName());
                }
            }
        }
        if (!properties.isEmpty()) {
            return properties.toString();
        }
        return parameter != null ? parameter : path.toString();
    }
}
