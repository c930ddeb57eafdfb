"""The map canvas: a QGraphicsScene that draws the layout and turns mouse work into edits."""
