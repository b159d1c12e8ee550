"""The `barometer-desktop` command line. Sub-commands live in small modules
that register themselves; none of them imports QtWidgets unless it opens a
window."""
