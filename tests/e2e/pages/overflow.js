// The page keeps its scrollbar with an inline style on <html>, as some themes do.
document.documentElement.style.overflowY = "scroll";
