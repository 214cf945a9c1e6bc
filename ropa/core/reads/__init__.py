"""What the interface and the command line show, read from the register as plain values."""
