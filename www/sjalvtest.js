// The one script a page needs: <script type="module" src=".../sjalvtest.js"></script>
// registers <sjalvtest-widget>. Import `define.js` instead to choose another tag name.
// Both modules are named here so the browser fetches them at once, not one after the other.
import './sjalvtest-widget.js';
import { defineSjalvtestWidget } from './define.js';

defineSjalvtestWidget();
