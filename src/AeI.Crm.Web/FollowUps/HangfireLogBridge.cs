using Hangfire.Logging;
using MsLogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace AeI.Crm.Web.FollowUps;

/// <summary>
/// Hangfire's logging lives in a process-wide static. Hangfire's own provider holds the
/// <see cref="ILoggerFactory"/> of the host that configured it last, and breaks everything that logs
/// (even a type initializer) once that host stops and disposes it. This provider lives as long as the
/// process and writes to the most recent host still running, or nowhere when none is.
/// </summary>
public sealed class HangfireLogBridge : ILogProvider
{
    private readonly Lock _gate = new();
    private readonly List<ILoggerFactory> _hosts = [];

    public static HangfireLogBridge Instance { get; } = new();

    private HangfireLogBridge()
    {
    }

    /// <summary>Makes the host's logging Hangfire's until the returned handle is disposed.</summary>
    public IDisposable Attach(ILoggerFactory factory)
    {
        lock (_gate)
        {
            _hosts.Add(factory);
        }

        return new Detachment(this, factory);
    }

    public ILog GetLogger(string name) => new BridgeLog(this, name);

    private ILogger? LoggerFor(string name)
    {
        ILoggerFactory? factory;
        lock (_gate)
        {
            factory = _hosts.Count == 0 ? null : _hosts[^1];
        }

        try
        {
            return factory?.CreateLogger(name);
        }
        catch (ObjectDisposedException)
        {
            // The host is stopping between its disposal and its detachment: nothing to write to.
            return null;
        }
    }

    private void Detach(ILoggerFactory factory)
    {
        lock (_gate)
        {
            _hosts.Remove(factory);
        }
    }

    private sealed class Detachment(HangfireLogBridge bridge, ILoggerFactory factory) : IDisposable
    {
        public void Dispose() => bridge.Detach(factory);
    }

    private sealed class BridgeLog(HangfireLogBridge bridge, string name) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var logger = bridge.LoggerFor(name);
            if (logger is null)
            {
                return false;
            }

            var level = logLevel switch
            {
                Hangfire.Logging.LogLevel.Trace => MsLogLevel.Trace,
                Hangfire.Logging.LogLevel.Debug => MsLogLevel.Debug,
                Hangfire.Logging.LogLevel.Info => MsLogLevel.Information,
                Hangfire.Logging.LogLevel.Warn => MsLogLevel.Warning,
                Hangfire.Logging.LogLevel.Error => MsLogLevel.Error,
                _ => MsLogLevel.Critical,
            };
            if (messageFunc is null)
            {
                return logger.IsEnabled(level);
            }

            if (logger.IsEnabled(level))
            {
#pragma warning disable CA1848, CA2254 // Hangfire hands over finished messages; there is no template to cache.
                logger.Log(level, exception, messageFunc());
#pragma warning restore CA1848, CA2254
            }

            return true;
        }
    }
}

/// <summary>Attaches this host's logging to Hangfire for as long as the host runs.</summary>
public sealed class HangfireLogAttachment(ILoggerFactory factory) : IHostedService, IDisposable
{
    private IDisposable? _attached;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _attached = HangfireLogBridge.Instance.Attach(factory);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _attached?.Dispose();
        _attached = null;
    }
}
