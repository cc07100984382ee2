import { CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { provideCharts } from 'ng2-charts';

/**
 * Chart.js for the progress page only: registered here, in the lazily loaded page's providers, with
 * just the pieces line charts need, so neither Chart.js nor its registry reaches the initial bundle.
 */
export function provideProgressCharts() {
  return provideCharts({
    registerables: [LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip],
  });
}
