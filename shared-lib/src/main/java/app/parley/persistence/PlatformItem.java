package app.parley.persistence;

/** An item of the platform table; its keys always start with {@code P#}. */
public final class PlatformItem extends ItemBuilder<PlatformItem> {
    private PlatformItem() {}

    public static PlatformItem of(String pk, String sk) {
        if (!pk.startsWith(Keys.PLATFORM_PREFIX)) throw new IllegalArgumentException("not a platform key");
        PlatformItem item = new PlatformItem();
        item.key(Keys.PK, pk);
        item.key(Keys.SK, sk);
        return item;
    }

    public PlatformItem listedUnder(String gsi1pk, String gsi1sk) {
        key(Keys.GSI1PK, gsi1pk);
        key(Keys.GSI1SK, gsi1sk);
        return this;
    }

    @Override protected PlatformItem self() { return this; }
}
