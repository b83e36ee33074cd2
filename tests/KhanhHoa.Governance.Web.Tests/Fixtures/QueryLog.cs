using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KhanhHoa.Governance.Web.Tests.Fixtures;

/// <summary>
/// Every SQL command the service's contexts run, with its parameters, while <see cref="Recording"/> is on: the tests count
/// a request's commands and replay its statements under <c>EXPLAIN</c>.
/// </summary>
public sealed class QueryLog : DbCommandInterceptor
{
    private readonly List<LoggedCommand> commands = [];

    /// <summary>Whether commands are kept.</summary>
    public bool Recording { get; set; }

    /// <summary>The commands kept since the last <see cref="Clear"/>, in order.</summary>
    public IReadOnlyList<LoggedCommand> Commands
    {
        get
        {
            lock (commands)
            {
                return [.. commands];
            }
        }
    }

    /// <summary>Forgets the commands kept.</summary>
    public void Clear()
    {
        lock (commands)
        {
            commands.Clear();
        }
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Keep(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <inheritdoc />
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Keep(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Keep(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <inheritdoc />
    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Keep(command);
        return base.ScalarExecuting(command, eventData, result);
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Keep(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <inheritdoc />
    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Keep(command);
        return base.NonQueryExecuting(command, eventData, result);
    }

    private void Keep(DbCommand command)
    {
        if (!Recording)
        {
            return;
        }

        var parameters = command.Parameters.Cast<DbParameter>().Select(static p => new LoggedParameter(p.ParameterName, p.Value, p.DbType)).ToList();
        lock (commands)
        {
            commands.Add(new LoggedCommand(command.CommandText, parameters));
        }
    }
}

/// <summary>One command as run.</summary>
public sealed record LoggedCommand(string Sql, IReadOnlyList<LoggedParameter> Parameters)
{
    /// <summary>A new command on <paramref name="connection"/> with <paramref name="prefix"/> before the SQL and the same parameters.</summary>
    public DbCommand Replay(DbConnection connection, string prefix)
    {
        var command = connection.CreateCommand();
        command.CommandText = prefix + Sql;
        foreach (var logged in Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = logged.Name;
            parameter.Value = logged.Value ?? DBNull.Value;
            // Npgsql infers an array's type from its value; an explicit DbType would override it with a scalar one.
            if (logged.Value is not Array || logged.Value is byte[])
            {
                parameter.DbType = logged.DbType;
            }

            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <inheritdoc />
    public override string ToString() => Sql;
}

/// <summary>One parameter of a command.</summary>
public sealed record LoggedParameter(string Name, object? Value, DbType DbType);
