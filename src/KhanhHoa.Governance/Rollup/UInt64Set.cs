namespace KhanhHoa.Governance.Rollup;

/// <summary>An open-addressing set of 64-bit fingerprints, for duplicate dossier ids (no per-item allocation).</summary>
internal sealed class UInt64Set
{
    // Zero marks an empty slot; a real zero fingerprint is tracked apart.
    private ulong[] slots;
    private bool hasZero;

    // Keeps the loads of Touch observable so the JIT cannot drop them.
    private ulong touched;

    public UInt64Set(int capacity = 16)
    {
        slots = new ulong[Math.Max(16, (int)Math.Min(1L << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, 8)) * 2L))];
    }

    public int Count { get; private set; }

    /// <summary>Empties the set, keeping its slots (no allocation).</summary>
    public void Clear()
    {
        Array.Clear(slots);
        hasZero = false;
        Count = 0;
    }

    public bool Contains(ulong value)
    {
        if (value == 0)
        {
            return hasZero;
        }

        var mask = slots.Length - 1;
        for (var i = (int)(value & (ulong)mask); ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot == value)
            {
                return true;
            }

            if (slot == 0)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Loads the slots where <paramref name="values"/> would start probing, so that a following run of
    /// <see cref="Add"/> finds them in cache: the loads are independent, so the processor overlaps their misses
    /// instead of paying one full memory latency per value.
    /// </summary>
    public void Touch(ReadOnlySpan<ulong> values)
    {
        var mask = slots.Length - 1;
        var seen = 0UL;
        foreach (var value in values)
        {
            seen |= slots[(int)(value & (ulong)mask)];
        }

        touched = seen;
    }

    /// <summary>Adds a fingerprint; <see langword="false"/> when it was already present.</summary>
    public bool Add(ulong value)
    {
        if (value == 0)
        {
            if (hasZero)
            {
                return false;
            }

            hasZero = true;
            Count++;
            return true;
        }

        if ((Count + 1) * 2 > slots.Length)
        {
            Grow();
        }

        var mask = slots.Length - 1;
        for (var i = (int)(value & (ulong)mask); ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot == value)
            {
                return false;
            }

            if (slot == 0)
            {
                slots[i] = value;
                Count++;
                return true;
            }
        }
    }

    private void Grow()
    {
        var old = slots;
        slots = new ulong[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var value in old)
        {
            if (value == 0)
            {
                continue;
            }

            var i = (int)(value & (ulong)mask);
            while (slots[i] != 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = value;
        }
    }
}
