using SupportSignals.Storage;

namespace SupportSignals.Tests.Storage;

public sealed class RecentKeysTests
{
    [Fact]
    public void Remembers_keys_up_to_its_capacity_and_forgets_the_oldest_first()
    {
        var recent = new RecentKeys(capacity: 3);
        foreach (var row in new[] { "a", "b", "c", "b", "d" }) recent.Add("p", row);

        Assert.False(recent.Contains("p", "a"));
        Assert.All(new[] { "b", "c", "d" }, row => Assert.True(recent.Contains("p", row)));
        Assert.False(recent.Contains("q", "b"));
    }
}
