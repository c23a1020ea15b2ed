using System.CommandLine;
using AiSec.Shared.Assets;

namespace AiSec.Cli.Infrastructure;

/// <summary>An option that takes one value of an asset vocabulary: aliases are accepted and come out canonical.</summary>
public static class VocabularyOption
{
    public static Option<string> Create(string name, string description, AssetTerms terms)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                var canonical = terms.Canonical(text);
                if (canonical is null)
                {
                    result.AddError($"{name} '{text}' is not one of {terms}");
                }

                return canonical;
            },
        };
        option.CompletionSources.Add([.. terms]);
        return option;
    }
}
