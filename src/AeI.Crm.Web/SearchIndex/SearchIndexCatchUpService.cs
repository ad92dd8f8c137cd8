using Microsoft.Extensions.Options;

namespace AeI.Crm.Web.SearchIndex;

/// <summary>Catches the search index up with the database on a timer, whatever happened to the saves.</summary>
public sealed class SearchIndexCatchUpService(SearchIndexSync sync, IOptions<SearchIndexOptions> options, TimeProvider clock, ILogger<SearchIndexCatchUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.CatchUpSeconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var applied = await sync.CatchUpAsync(stoppingToken);
                if (applied > 0)
                {
                    logger.LogInformation("Search index caught up: {Count} changes", applied);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Search index catch-up failed; retried on the next tick.");
            }
        }
    }
}
