package org.techmatch.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What one write-ahead log entry holds: the records one request writes together, with their indexed fields, so
 * that a replay rebuilds exactly the documents the write made (the store cannot derive fields: the kinds do).
 * The first byte says how they were written: {@link Shape#BLOCK} is a record with its companions (its audit
 * entry), {@link Shape#EACH} records written each by its id (a batch).
 */
final class LogEntries {
    /** How the records of one entry go into the index. */
    enum Shape {
        /** The first record replaces its id; the others are new companions stored with it in one block. */
        BLOCK,
        /** Every record replaces its id. */
        EACH
    }

    /** A decoded entry. */
    record Write(Shape shape, List<IndexedRecord> records) {
    }

    private static final int FORMAT = 1;

    private LogEntries() {
    }

    static byte[] encode(Shape shape, List<IndexedRecord> records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 * records.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeByte(shape.ordinal());
            out.writeInt(records.size());
            for (IndexedRecord record : records) {
                StoredRecord stored = record.stored();
                out.writeUTF(stored.id());
                out.writeUTF(stored.type());
                out.writeLong(stored.version());
                writeBytes(out, stored.source());
                List<IndexedFields.Field> fields = record.fields().fields();
                out.writeInt(fields.size());
                for (IndexedFields.Field field : fields) {
                    out.writeByte(field.use().ordinal());
                    out.writeUTF(field.name());
                    writeValue(out, field.use(), field.value());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return bytes.toByteArray();
    }

    static Write decode(byte[] payload) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            int format = in.readUnsignedByte();
            if (format != FORMAT) {
                throw new IllegalStateException("unknown write-ahead log entry format " + format);
            }
            Shape shape = Shape.values()[in.readUnsignedByte()];
            int count = in.readInt();
            List<IndexedRecord> records = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                StoredRecord stored = new StoredRecord(in.readUTF(), in.readUTF(), in.readLong(), readBytes(in));
                IndexedFields fields = new IndexedFields();
                int fieldCount = in.readInt();
                for (int f = 0; f < fieldCount; f++) {
                    IndexedFields.Use use = IndexedFields.Use.values()[in.readUnsignedByte()];
                    String name = in.readUTF();
                    fields.fields().add(new IndexedFields.Field(use, name, readValue(in, use)));
                }
                records.add(new IndexedRecord(stored, fields));
            }
            return new Write(shape, records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeValue(DataOutputStream out, IndexedFields.Use use, Object value) throws IOException {
        switch (use) {
            // text can exceed writeUTF's 64 KiB: strings go as UTF-8 bytes
            case EXACT, EXACT_STORED, FACET, TEXT -> writeBytes(out,
                    ((String) value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case LONG -> out.writeLong((Long) value);
            case DOUBLE -> out.writeDouble((Double) value);
            case BYTES -> writeBytes(out, (byte[]) value);
            case VECTOR -> {
                float[] vector = (float[]) value;
                out.writeInt(vector.length);
                for (float v : vector) {
                    out.writeFloat(v);
                }
            }
        }
    }

    private static Object readValue(DataInputStream in, IndexedFields.Use use) throws IOException {
        return switch (use) {
            case EXACT, EXACT_STORED, FACET, TEXT ->
                    new String(readBytes(in), java.nio.charset.StandardCharsets.UTF_8);
            case LONG -> in.readLong();
            case DOUBLE -> in.readDouble();
            case BYTES -> readBytes(in);
            case VECTOR -> {
                float[] vector = new float[in.readInt()];
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = in.readFloat();
                }
                yield vector;
            }
        };
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }
}
