# The screening's report (issue 14 item 3): one HTML file with counts per benefit, to look at
# and to share. Read by case handlers and analysts; only the command line writes it.

report-title = Summary of the screening
report-doc-title = Summary of the screening { $date }
report-intro = This file summarises a screening of sickness cases. { $n ->
        [one] One record was read.
       *[other] { $records } records were read.
    } The screening was as of { $date } and used the profile “{ $profile }”.
report-flagged-means = A flagged record means that the person should be informed about a benefit or a route. It is not a decision.
report-shareable = The file holds only counts. It holds no ids, no personal identity numbers and no values from the records. Small counts are hidden, so that no person can be singled out. So the file can be shared.

report-legend = How to read the figures
report-legend-suppressed = .. means that the count is hidden. We hide counts from 1 to 4, as official statistics do.
report-legend-secondary = If only one count in a row were hidden, it could be worked out from the row's total. Then we also hide the smallest of the other counts in the row, sometimes a zero. So .. may also stand for 0 or for 5 or more.
report-legend-zero = 0 means that there is no record.
report-legend-once = A record counts once per benefit, even if it was flagged for the benefit for several reasons. A record can be flagged for several benefits. So the benefits together can be more than the flagged records.
report-legend-chart = The charts show the same figures as the tables below them. A hidden count has no bar.

report-totals = Totals
report-totals-caption = Number of records in the screening
report-row-read = Records read
report-row-flagged = Records flagged for at least one benefit
report-row-not-flagged = Records not flagged
report-row-unread = Records that could not be read
report-col-what = What
report-col-count = Count

report-by-benefit = By benefit
report-by-benefit-caption = Number of records flagged per benefit or route
report-by-benefit-chart = Bar chart: number of records flagged per benefit or route
report-by = By benefit and { $dim ->
        [length] length of the sick period
        [age] age
        [sex] sex
       *[region] region
    }
report-by-caption = Number of records flagged per benefit and { $dim ->
        [length] length of the sick period
        [age] age
        [sex] sex
       *[region] region
    }
report-by-chart = Bar chart: number of records flagged per benefit and { $dim ->
        [length] length of the sick period
        [age] age
        [sex] sex
       *[region] region
    }
report-by-chart-only-flagged = The chart shows only benefits with at least one flagged record.
report-by-chart-too-many = With { $n } classes the chart would be too large. The figures are in the table.
report-col-benefit = Benefit or route
report-col-flagged = Flagged records
report-col-total = Total
report-col-missing = Not given
report-col-other = Other
report-row-all = All records read
report-class-days = { $class } days
report-class-years = { $class } years
report-no-flags = No record was flagged.

report-unread = Records that could not be read
report-unread-none = Every record could be read.
report-unread-count = { $n ->
        [one] One record could not be read.
       *[other] { $count } records could not be read.
    } The list shows the line in the file and what was wrong.
report-unread-shown = The list shows the first { $shown }. The rest are counted but not shown.
report-unread-caption = Records that could not be read
report-col-line = Line
report-col-problem = What was wrong
