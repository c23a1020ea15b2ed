using AiSec.Shared.Admin;

namespace AiSec.Shared.Assets;

/// <summary>A field of an asset document that cannot be used; the message names the field as the document spells it.</summary>
public sealed class AssetValidationException(string field, string message) : InvalidInputException(field, message);
