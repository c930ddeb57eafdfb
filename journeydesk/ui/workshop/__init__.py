"""Tools for running a workshop on the map: a countdown, dot votes, fast capture, focus mode and the
presenter."""
