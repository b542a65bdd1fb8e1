package org.masthead.cli;

/** Stands in for Masthead behind the launcher in {@link LauncherTest}: says which Java runs it, its heap, its arguments. */
public final class LauncherProbe {
    private LauncherProbe() {}

    public static void main(String[] args) {
        System.out.println("java=" + Runtime.version().feature());
        System.out.println("heap=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.println("args=" + String.join("|", args));
    }
}
