// Browser side of the assistant dashboard: reads the measures for the chosen dates and draws
// each as a chart (Chart.js, served by this server) beside a table with the same figures.
// Text from the server only ever goes into the page as textContent.
(function dashboard() {
  'use strict';

  const byId = (id) => document.getElementById(id);
  const csrfToken = document.querySelector('meta[name="csrf-token"]').getAttribute('content');
  const topicLabels = JSON.parse(document.querySelector('meta[name="topic-labels"]').getAttribute('content'));
  /** A topic id as a manager reads it; an id the taxonomy no longer has (older data) is shown as stored. */
  const topicLabel = (topic) => (Object.prototype.hasOwnProperty.call(topicLabels, topic) ? topicLabels[topic] : topic);
  // Each colour has at least 3:1 contrast with the white background (WCAG 1.4.11).
  const palette = ['#005a4e', '#1d4f91', '#a52a17', '#5a2d82', '#7a5c00', '#484949'];
  const charts = {};

  Chart.defaults.color = '#0b0c0c';
  Chart.defaults.font.family = 'Arial, Helvetica, sans-serif';
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;

  const percent = (share) => (share === null ? 'no data' : Math.round(share * 1000) / 10 + '%');
  const decimal = (value) => (value === null ? 'no data' : value.toFixed(2));
  const dateLabel = (date) => new Date(date + 'T12:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  /** "3–9 Dec" within a month, "28 Nov – 2 Dec" across two, "4 Dec" for one day. */
  function daysLabel(first, last) {
    if (first === last) return dateLabel(first);
    const [from, to] = [dateLabel(first), dateLabel(last)];
    const [fromDay, fromMonth] = from.split(' ');
    return fromMonth === to.split(' ')[1] ? fromDay + '–' + to : from + ' – ' + to;
  }

  /**
   * Day rows with each run of empty days folded into one row, so a quiet month reads as a few lines:
   * `{ day }` for a day with something in it, `{ none: "3–9 Dec" }` for a run with nothing.
   */
  function collapseEmptyDays(days, isEmpty) {
    const rows = [];
    let run = [];
    const closeRun = () => {
      if (run.length > 0) rows.push({ none: daysLabel(run[0].date, run[run.length - 1].date) });
      run = [];
    };
    for (const day of days) {
      if (isEmpty(day)) run.push(day);
      else {
        closeRun();
        rows.push({ day });
      }
    }
    closeRun();
    return rows;
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  /** Fills a table: columns are [heading, value-of-row, isNumber]. */
  function fillTable(id, columns, rows, emptyText) {
    const table = byId(id);
    const head = element('tr');
    columns.forEach(([heading, , isNumber]) => {
      const th = element('th', heading, isNumber ? 'number' : undefined);
      th.scope = 'col';
      head.append(th);
    });
    table.tHead.replaceChildren(head);
    const body = rows.map((row) => {
      const tr = element('tr');
      if (row.none !== undefined) {
        const heading = element('th', row.none);
        heading.scope = 'row';
        const cell = element('td', 'None');
        cell.colSpan = columns.length - 1;
        tr.append(heading, cell);
        return tr;
      }
      columns.forEach(([, value, isNumber], index) => {
        const cell = element(index === 0 ? 'th' : 'td', value(row), isNumber ? 'number' : undefined);
        if (index === 0) cell.scope = 'row';
        tr.append(cell);
      });
      return tr;
    });
    if (body.length === 0) {
      const td = element('td', emptyText);
      td.colSpan = columns.length;
      body.push(element('tr'));
      body[0].append(td);
    }
    table.tBodies[0].replaceChildren(...body);
  }

  function draw(id, config) {
    if (charts[id]) charts[id].destroy();
    charts[id] = new Chart(byId(id), config);
  }

  function showSummary(report) {
    const figures = [
      ['Conversations', report.conversations],
      ['Engaged', report.engaged],
      ['Containment rate', percent(report.containmentRate)],
      ['Escalation rate', percent(report.escalationRate)],
      ['Abandon rate', percent(report.abandonRate)],
      ['Cases raised', report.casesRaised],
      ['Satisfaction (1–5)', report.csat.average === null ? 'no data' : report.csat.average.toFixed(1) + ' from ' + report.csat.responses],
      ['Answers found helpful', percent(report.feedback.helpfulShare)],
      ['Average sentiment', decimal(report.sentiment.average)],
      ['Negative messages', percent(report.sentiment.negativeShare)],
      ['Cost avoided', '£' + report.costAvoided.amount.toFixed(2)],
    ];
    byId('summary').replaceChildren(
      ...figures.map(([label, value]) => {
        const group = element('div');
        group.append(element('dt', label), element('dd', value));
        return group;
      }),
    );
    byId('cost-source').textContent = report.costAvoided.source;
  }

  function showPerDay(report) {
    const channels = Object.keys(report.byChannel);
    draw('chart-per-day', {
      type: 'bar',
      data: {
        labels: report.conversationsPerDay.map((day) => dateLabel(day.date)),
        datasets: channels.map((channel, index) => ({
          label: channel,
          data: report.conversationsPerDay.map((day) => day.byChannel[channel] || 0),
          backgroundColor: palette[index % palette.length],
        })),
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    });
    fillTable(
      'table-per-day',
      [['Date', (row) => dateLabel(row.day.date)], ...channels.map((channel) => [channel, (row) => row.day.byChannel[channel] || 0, true]), ['Total', (row) => row.day.total, true]],
      collapseEmptyDays(report.conversationsPerDay, (day) => day.total === 0),
      'No days in this range.',
    );
  }

  function showOutcomes(report) {
    const rows = Object.entries(report.byChannel).map(([channel, counts]) => Object.assign({ channel }, counts));
    const rate = (key) => rows.map((row) => (row[key] === null ? 0 : Math.round(row[key] * 1000) / 10));
    draw('chart-outcomes', {
      type: 'bar',
      data: {
        labels: rows.map((row) => row.channel),
        datasets: [
          { label: 'Contained (resolved) %', data: rate('containmentRate'), backgroundColor: palette[0] },
          { label: 'Escalated %', data: rate('escalationRate'), backgroundColor: palette[1] },
          { label: 'Abandoned %', data: rate('abandonRate'), backgroundColor: palette[2] },
        ],
      },
      options: { scales: { y: { beginAtZero: true, max: 100 } } },
    });
    fillTable(
      'table-outcomes',
      [
        ['Channel', (row) => row.channel],
        ['Conversations', (row) => row.conversations, true],
        ['Engaged', (row) => row.engaged, true],
        ['Resolved', (row) => row.resolved, true],
        ['Escalated', (row) => row.escalated, true],
        ['Abandoned', (row) => row.abandoned, true],
        ['Containment rate', (row) => percent(row.containmentRate), true],
        ['Escalation rate', (row) => percent(row.escalationRate), true],
        ['Cases raised', (row) => row.casesRaised, true],
      ],
      rows,
      'No conversations in this range.',
    );
  }

  function showSentiment(report) {
    draw('chart-sentiment', {
      type: 'line',
      data: {
        labels: report.sentimentTrend.map((day) => dateLabel(day.date)),
        datasets: [{ label: 'Average sentiment', data: report.sentimentTrend.map((day) => day.average), borderColor: palette[1], backgroundColor: palette[1], borderWidth: 3, spanGaps: true }],
      },
      options: { scales: { y: { min: -1, max: 1 } } },
    });
    fillTable(
      'table-sentiment',
      [
        ['Date', (row) => dateLabel(row.day.date)],
        ['Messages', (row) => row.day.messages, true],
        ['Average sentiment', (row) => decimal(row.day.average), true],
        ['Negative messages', (row) => percent(row.day.negativeShare), true],
      ],
      collapseEmptyDays(report.sentimentTrend, (day) => day.messages === 0),
      'No days in this range.',
    );
  }

  function showTopics(report) {
    draw('chart-topics', {
      type: 'bar',
      data: {
        labels: report.topTopics.map((row) => topicLabel(row.topic)),
        datasets: [{ label: 'Conversations', data: report.topTopics.map((row) => row.conversations), backgroundColor: palette[0] }],
      },
      options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    fillTable(
      'table-topics',
      [
        ['Topic', (row) => topicLabel(row.topic)],
        ['Conversations', (row) => row.conversations, true],
        ['Resolved', (row) => row.resolved, true],
        ['Escalated', (row) => row.escalated, true],
      ],
      report.topTopics,
      'No topics in this range.',
    );
  }

  function showTables(report) {
    fillTable(
      'table-contractors',
      [
        ['Contractor', (row) => row.name],
        ['Mentions', (row) => row.mentions, true],
        ['Negative mentions', (row) => row.negativeMentions, true],
        ['Average sentiment', (row) => decimal(row.averageSentiment), true],
      ],
      report.contractors,
      'No contractors in the council profile.',
    );
    fillTable(
      'table-unanswered',
      [
        ['Example question', (row) => row.example],
        ['Times asked', (row) => row.count, true],
        ['Topic', (row) => topicLabel(row.topic)],
      ],
      report.unansweredQuestions,
      'Every question in this range was answered.',
    );
  }

  async function load() {
    const query = new URLSearchParams({ from: byId('from').value, to: byId('to').value }).toString();
    byId('export').href = '/dashboard/export.csv?' + query;
    byId('error').textContent = '';
    byId('status').textContent = 'Loading…';
    const response = await fetch('/dashboard/api/metrics?' + query);
    if (response.status === 401) return location.assign('/dashboard');
    const report = await response.json();
    if (!response.ok) {
      byId('status').textContent = '';
      byId('error').textContent = report.message || 'The measures could not be loaded (' + response.status + ')';
      return;
    }
    showSummary(report);
    showPerDay(report);
    showOutcomes(report);
    showSentiment(report);
    showTopics(report);
    showTables(report);
    byId('status').textContent = 'Showing ' + report.conversations + ' conversations from ' + dateLabel(report.range.from) + ' to ' + dateLabel(report.range.to) + '.';
  }

  byId('range-form').addEventListener('submit', (event) => {
    event.preventDefault();
    load().catch((error) => (byId('error').textContent = error.message));
  });

  byId('sign-out').addEventListener('click', async () => {
    await fetch('/dashboard/logout', { method: 'POST', headers: { 'x-csrf-token': csrfToken } });
    location.assign('/dashboard');
  });

  load().catch((error) => (byId('error').textContent = error.message));
})();
