// Points the test iframe at embed.html with this page's own origin as `parent`, as a partner
// writes it by hand (a static page cannot know the test server's port).
const frame = document.querySelector('iframe[data-sjalvtest]');
frame.src = `../embed.html?test=aktivitetsersattning&lang=sv&as-of=2025-01-15&parent=${encodeURIComponent(location.origin)}`;
