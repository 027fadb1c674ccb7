using SupportSignals.Storage;

namespace SupportSignals.Retention;

public sealed record LeaseRecord
{
    public required string Holder { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
}

/// <summary>
/// A named lease in a table, taken and released under optimistic concurrency (ETags): of two instances asking at
/// once exactly one gets it. It expires by itself, so a crashed holder blocks nobody for long. Table "Leases".
/// </summary>
public sealed class JobLease(IRecordStore<LeaseRecord> leases, TimeProvider clock)
{
    public const string TableName = "Leases";
    private const string Partition = "lease";
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    /// <returns>The held lease, or null when another holder keeps it for longer than <paramref name="wait"/>.</returns>
    public async Task<Held?> AcquireAsync(string name, TimeSpan duration, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        var deadline = clock.GetUtcNow() + wait;
        while (true)
        {
            if (await TryAcquireAsync(name, duration, cancellationToken) is { } held) return held;
            if (clock.GetUtcNow() >= deadline) return null;
            await Task.Delay(Poll, clock, cancellationToken);
        }
    }

    public async Task<Held?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var holder = Guid.NewGuid().ToString("N");
        var stored = await leases.UpdateAsync(Partition, name, current =>
        {
            var now = clock.GetUtcNow();
            return current is null || current.ExpiresAt <= now ? new LeaseRecord { Holder = holder, ExpiresAt = now + duration } : null;
        }, cancellationToken);
        return stored?.Holder == holder ? new Held(this, name, holder, duration) : null;
    }

    private Task<LeaseRecord?> ExtendAsync(string name, string holder, TimeSpan duration) =>
        leases.UpdateAsync(Partition, name, current => current?.Holder == holder ? current with { ExpiresAt = clock.GetUtcNow() + duration } : null);

    /// <summary>A lease this instance holds until disposed.</summary>
    public sealed class Held(JobLease lease, string name, string holder, TimeSpan duration) : IAsyncDisposable
    {
        /// <summary>Pushes the expiry out again; long jobs call it between steps.</summary>
        public async Task RenewAsync()
        {
            if ((await lease.ExtendAsync(name, holder, duration))?.Holder != holder)
                throw new InvalidOperationException($"The lease '{name}' was lost (it expired and another instance took it).");
        }

        public async ValueTask DisposeAsync() => await lease.ExtendAsync(name, holder, TimeSpan.Zero);
    }
}
