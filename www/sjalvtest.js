// The one script a page needs: <script type="module" src=".../sjalvtest.js"></script>
// registers <sjalvtest-widget>. Import `define.js` instead to choose another tag name.
import { defineSjalvtestWidget } from './define.js';

defineSjalvtestWidget();
