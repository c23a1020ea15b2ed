using System.ComponentModel.DataAnnotations;
using AiSec.Shared.Storage;

namespace AiSec.Shared.Tests;

public sealed class StorageOptionsTests
{
    private static List<ValidationResult> Validate(StorageOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void Rejects_both_a_connection_string_and_an_account_uri()
    {
        var results = Validate(new StorageOptions { ConnectionString = "UseDevelopmentStorage=true", AccountUri = new Uri("https://a.blob.core.windows.net") });

        Assert.Contains(results, r => r.ErrorMessage!.Contains("not both", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("UPPER")]
    [InlineData("1starts-with-digit")]
    [InlineData("waytoolongprefix")]
    public void Rejects_prefixes_that_are_not_valid_in_every_storage_name(string prefix)
    {
        var results = Validate(new StorageOptions { ConnectionString = "x", Prefix = prefix });

        Assert.Contains(results, r => r.MemberNames.Contains(nameof(StorageOptions.Prefix)));
    }

    [Fact]
    public void Derives_table_and_queue_endpoints_from_the_blob_endpoint()
    {
        var options = new StorageOptions { AccountUri = new Uri("https://acct.blob.core.windows.net/") };

        Assert.Equal("https://acct.table.core.windows.net/", options.ServiceUri("table").ToString());
        Assert.Equal("https://acct.queue.core.windows.net/", options.ServiceUri("queue").ToString());
    }
}
