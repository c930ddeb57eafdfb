"""Working in git: the merge and diff drivers' set-up, and earlier versions of a file."""
