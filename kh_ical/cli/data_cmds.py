"""`kh-ical agencies` and `kh-ical events`: what the registries hold."""
