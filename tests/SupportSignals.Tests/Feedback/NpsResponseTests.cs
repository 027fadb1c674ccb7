using SupportSignals.Feedback;
using static SupportSignals.Tests.TestSupport.Events;

namespace SupportSignals.Tests.Feedback;

public sealed class NpsResponseTests
{
    [Fact]
    public void Score_first_then_comment_ends_in_one_response_with_both_in_either_order()
    {
        var score = Nps("e1", "resp-1", 1, 9, null);
        var comment = Nps("e2", "resp-1", 2, 9, "The agent was lovely");
        var inOrder = NpsResponse.Apply(NpsResponse.Apply(null, score), comment)!;
        var reversed = NpsResponse.Apply(NpsResponse.Apply(null, comment), score)!;
        Assert.Equal("The agent was lovely", inOrder.Comment);
        Assert.Equal(Day0.AddDays(1), inOrder.RespondedAt);
        Assert.Equal(inOrder.Comment, reversed.Comment);
        Assert.Equal(inOrder.RespondedAt, reversed.RespondedAt);
        Assert.Equal(inOrder.Score, reversed.Score);
    }

    [Fact]
    public void A_changed_score_follows_the_newest_event()
    {
        var first = NpsResponse.Apply(null, Nps("e1", "r", 1, 6, "meh"))!;
        var changed = NpsResponse.Apply(first, Nps("e2", "r", 2, 10, null))!;
        Assert.Equal(10, changed.Score);
        Assert.Equal("meh", changed.Comment);
        Assert.Null(NpsResponse.Apply(changed, Nps("e1", "r", 1, 6, "meh")));
    }
}
