"""The Qt-free core: services, validation, errors and messages that every consumer uses."""
