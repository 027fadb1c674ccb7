using Azure;
using SupportSignals.Api.Problems;
using SupportSignals.Intake;

namespace SupportSignals.Tests.Intake;

/// <summary>
/// Which failures both hosts answer with 503 + Retry-After: storage outages and overload, also when a host wraps them
/// (the Functions worker may hand its middleware a wrapper of what the function threw); anything else stays a 500.
/// </summary>
public sealed class StorageOutageClassificationTests
{
    public static TheoryData<Exception, bool> Failures => new()
    {
        { new StorageUnavailableException("storage is down"), true },
        { new RequestFailedException(503, "Server busy"), true },
        { new RequestFailedException(429, "Too many requests"), true },
        { new InvalidOperationException("function failed", new RequestFailedException(500, "Internal")), true },
        { new InvalidOperationException("function failed", new HttpRequestException("connection refused")), true },
        { new RequestFailedException(404, "Not found"), false },
        { new InvalidOperationException("a bug", new ArgumentException("bad argument")), false },
        { new ArgumentException("a bug"), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void A_storage_outage_is_recognised_through_wrappers_and_nothing_else_is(Exception failure, bool outage) =>
        Assert.Equal(outage, StorageOutageHandler.IsOutage(failure));
}
