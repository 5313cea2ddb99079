using System.Reflection.Metadata;

namespace Entente.Architecture.Tests;

/// <summary>Full names (<c>Namespace.Outer+Inner</c>) of the types an assembly's metadata refers to.</summary>
internal static class MetadataNames
{
    public static string Of(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        return type.ResolutionScope.Kind == HandleKind.TypeReference
            ? Of(reader, (TypeReferenceHandle)type.ResolutionScope) + "+" + name
            : Join(reader.GetString(type.Namespace), name);
    }

    /// <summary>The assembly a type reference resolves to (for a nested type, its outermost type's).</summary>
    public static string? AssemblyOf(MetadataReader reader, TypeReferenceHandle handle)
    {
        var scope = reader.GetTypeReference(handle).ResolutionScope;
        return scope.Kind switch
        {
            HandleKind.TypeReference => AssemblyOf(reader, (TypeReferenceHandle)scope),
            HandleKind.AssemblyReference => reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name),
            _ => null,
        };
    }

    /// <summary>Every type referred to, with every member referred to on it (<c>Type::Member</c>).</summary>
    public static IReadOnlyList<string> Uses(MetadataReader reader)
    {
        var uses = reader.TypeReferences.Select(h => Of(reader, h)).ToList();
        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference)
            {
                uses.Add(Of(reader, (TypeReferenceHandle)member.Parent) + "::" + reader.GetString(member.Name));
            }
        }
        return uses;
    }

    private static string Join(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
}
