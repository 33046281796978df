// A partner registers the element under its own name, twice (the second call is harmless).
import { defineSjalvtestWidget } from '../define.js';

defineSjalvtestWidget('partner-sjalvtest');
defineSjalvtestWidget('partner-sjalvtest');
