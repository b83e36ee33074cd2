using DuckDB.NET.Data;

namespace KhanhHoa.Governance.Benchmarks.Rollup;

/// <summary>
/// The peer: DuckDB in memory, on every core, computing the engine's measures per unit and period in SQL (received
/// with its bits, resolved and on time, pending and overdue at the period's end), from a table or straight from the
/// dossier CSV with <c>read_csv</c>.
/// </summary>
internal sealed class DuckDbRollup : IDisposable
{
    private readonly DuckDBConnection duck = new("DataSource=:memory:");

    public DuckDbRollup(IReadOnlyList<(int Start, int End)> periodDays)
    {
        duck.Open();
        Execute("SET threads = " + Environment.ProcessorCount);
        Execute("CREATE TABLE periods (pid INTEGER, s INTEGER, e INTEGER)");
        for (var p = 0; p < periodDays.Count; p++)
        {
            Execute($"INSERT INTO periods VALUES ({p}, {periodDays[p].Start}, {periodDays[p].End})");
        }

        Execute("CREATE TABLE days AS SELECT d::INTEGER AS day, p.pid FROM periods p, range(p.s, p.e + 1) t(d)");
    }

    public DuckDBConnection Connection => duck;

    /// <summary>Reads the CSV with <c>read_csv</c> into the day numbers and measure bits the store holds, then rolls it up.</summary>
    public int RollUpCsv(string csvPath)
    {
        ReadCsv(csvPath);
        return RollUp("csv_dossiers");
    }

    /// <summary>
    /// Reads the CSV with <c>read_csv</c> (columns found by their header names, in any order) into the table
    /// <c>csv_dossiers</c> of day numbers and measure bits, the store's columns; returns its rows.
    /// </summary>
    public long ReadCsv(string csvPath)
    {
        Execute($$"""
            CREATE OR REPLACE TEMP TABLE csv_dossiers AS
            SELECT unit_code AS unit,
                   (CAST(received_at AS DATE) - DATE '2000-01-01')::INTEGER AS recv,
                   (due_date - DATE '2000-01-01')::INTEGER AS due,
                   (CAST(finished_at AS DATE) - DATE '2000-01-01')::INTEGER AS fin,
                   ((channel = 'online')::INT + 2 * (channel = 'online' AND service_level = 'full')::INT + 4 * (service_level = 'full')::INT
                    + 8 * digitized + 16 * reused_data + 32 * id_linked + 64 * fee_required + 128 * (fee_required * paid_online))::UTINYINT AS rbits,
                   ((finished_at IS NOT NULL AND CAST(finished_at AS DATE) <= due_date AND supplement_requests <= 1)::INT + 2 * e_result)::UTINYINT AS fbits
            FROM read_csv('{{csvPath}}', header = true, timestampformat = '%Y-%m-%dT%H:%M',
                 types = {'received_at': 'TIMESTAMP', 'finished_at': 'TIMESTAMP', 'due_date': 'DATE'})
            """);
        using var count = duck.CreateCommand();
        count.CommandText = "SELECT count(*) FROM csv_dossiers";
        return Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Rolls up a table of (unit, recv, due, fin, rbits, fbits); returns the number of result rows.</summary>
    public int RollUp(string table)
    {
        using var command = duck.CreateCommand();
        command.CommandText = $"""
            WITH r AS (
              SELECT d.pid, x.unit, count(*) AS received, sum(rbits & 1) AS online, sum((rbits >> 1) & 1) AS full_online,
                     sum((rbits >> 2) & 1) AS full_eligible, sum((rbits >> 3) & 1) AS digitized, sum((rbits >> 4) & 1) AS reused,
                     sum((rbits >> 5) & 1) AS id_linked, sum((rbits >> 6) & 1) AS fee, sum((rbits >> 7) & 1) AS paid
              FROM {table} x JOIN days d ON d.day = x.recv GROUP BY GROUPING SETS ((d.pid, x.unit), (d.pid))),
            f AS (
              SELECT d.pid, x.unit, count(*) AS resolved, sum(fbits & 1) AS on_time, sum((fbits >> 1) & 1) AS e_result
              FROM {table} x JOIN days d ON d.day = x.fin GROUP BY GROUPING SETS ((d.pid, x.unit), (d.pid))),
            p AS (
              SELECT p.pid, x.unit, count(*) AS pending, count(*) FILTER (WHERE x.due < p.e) AS overdue
              FROM {table} x JOIN periods p ON x.recv <= p.e AND (x.fin IS NULL OR x.fin > p.e)
              GROUP BY GROUPING SETS ((p.pid, x.unit), (p.pid)))
            SELECT * FROM r FULL JOIN f USING (pid, unit) FULL JOIN p USING (pid, unit)
            """;
        using var reader = command.ExecuteReader();
        var count = 0;
        while (reader.Read())
        {
            count++;
        }

        return count;
    }

    public void Execute(string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => duck.Dispose();
}
