using System.Collections;
using System.Collections.Frozen;

namespace AiSec.Shared.Assets;

/// <summary>
/// The values of one enumerated asset field. The list is the canonical values (the seed's), the only ones stored or
/// emitted; <see cref="Aliases"/> are other spellings accepted on input (values of earlier releases, short forms),
/// each mapped to its canonical value.
/// </summary>
public sealed class AssetTerms : IReadOnlyList<string>
{
    private readonly string[] _values;
    private readonly FrozenDictionary<string, string> _lookup;

    public AssetTerms(string[] values, IReadOnlyDictionary<string, string>? aliases = null)
    {
        _values = values;
        Aliases = (aliases ?? FrozenDictionary<string, string>.Empty).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        if (Aliases.FirstOrDefault(a => !values.Contains(a.Value, StringComparer.Ordinal) || values.Contains(a.Key, StringComparer.OrdinalIgnoreCase)) is { Key: not null } wrong)
        {
            throw new ArgumentException($"alias '{wrong.Key}' must map a non-canonical spelling to one of {string.Join(", ", values)}", nameof(aliases));
        }

        _lookup = values.ToDictionary(v => v, v => v, StringComparer.OrdinalIgnoreCase).Concat(Aliases)
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyDictionary<string, string> Aliases { get; }

    public int Count => _values.Length;

    public string this[int index] => _values[index];

    /// <summary>The canonical value of a canonical value or alias, in any case and with surrounding blanks; null when unknown.</summary>
    public string? Canonical(string? value) => value is not null && _lookup.TryGetValue(value.Trim(), out var canonical) ? canonical : null;

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(", ", _values);
}
