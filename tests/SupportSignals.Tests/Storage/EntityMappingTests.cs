using SupportSignals.Azure.Storage;
using SupportSignals.Customers;
using SupportSignals.Processing;

namespace SupportSignals.Tests.Storage;

public sealed class EntityMappingTests
{
    [Fact]
    public void The_columns_of_a_flat_type_are_its_json_names_and_leave_out_what_the_type_lacks()
    {
        var columns = EntityMapping.Columns<PoisonSummary>();

        Assert.Equal(["attempts", "deliveryId", "eventId", "failedAt", "id", "kind", "reason", "source"], columns.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_type_with_a_nested_object_has_no_columns_known_from_its_type_alone() =>
        Assert.Throws<ArgumentException>(() => EntityMapping.Columns<AccountState>());
}
