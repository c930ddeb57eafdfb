"""Qt-side look and feel shared by the canvas and the windows: icons, colours, fonts."""
