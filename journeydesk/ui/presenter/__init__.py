"""The presenter (F5): the journey for the room, one stage at a time in large type."""
