mod screen;
