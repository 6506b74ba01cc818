package dev.lull.loadsource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.xerial.snappy.Snappy;
import org.xerial.snappy.SnappyError;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;

import dev.lull.platform.ApiProblem;

/**
 * Reads a Prometheus remote write 1.0 body: a snappy block whose declared length is checked before it is inflated,
 * holding a {@code prometheus.WriteRequest} read field by field with protobuf's CodedInputStream (field numbers of
 * prompb/remote.proto and types.proto: WriteRequest.timeseries=1; TimeSeries.labels=1, samples=2; Label.name=1,
 * value=2; Sample.value=1, timestamp=2). Only the mapped metric's series are kept; the rest are counted.
 */
final class RemoteWriteBody {
    private static final int FIELD_1_BYTES = tag(1, WireFormat.WIRETYPE_LENGTH_DELIMITED);
    private static final int FIELD_2_BYTES = tag(2, WireFormat.WIRETYPE_LENGTH_DELIMITED);
    private static final int FIELD_1_DOUBLE = tag(1, WireFormat.WIRETYPE_FIXED64);
    private static final int FIELD_2_VARINT = tag(2, WireFormat.WIRETYPE_VARINT);
    private final String metric;
    private final String counter;
    private final String hostLabel;

    RemoteWriteBody(String metric, String hostLabel) {
        this.metric = metric;
        this.counter = metric.endsWith("_total") ? metric : metric + "_total";
        this.hostLabel = hostLabel;
    }

    /** The uncompressed WriteRequest; 413 when it declares more than the limit, 400 when the block is corrupt. */
    static byte[] inflate(byte[] block, long maxUncompressed) {
        try {
            long declared = Snappy.uncompressedLength(block);
            if (declared > maxUncompressed) {
                throw new ApiProblem(413, "The snappy body declares " + declared + " bytes uncompressed, over the "
                        + "limit of " + maxUncompressed + " bytes; lower max_samples_per_send.");
            }
            byte[] request = new byte[(int) declared];
            int inflated = Snappy.uncompress(block, 0, block.length, request, 0);
            if (inflated != declared) {
                throw ApiProblem.badRequest("The snappy body inflates to " + inflated + " bytes, not the " + declared
                        + " it declares.");
            }
            return request;
        } catch (IOException | SnappyError e) {
            throw ApiProblem.badRequest("The body is not a snappy block (Content-Encoding: snappy): " + e.getMessage());
        }
    }

    /** The mapped series of a WriteRequest; other series' samples are added to the tally. */
    List<RemoteSeries> series(byte[] request, RemoteTally tally) {
        CodedInputStream in = CodedInputStream.newInstance(request);
        List<RemoteSeries> mapped = new ArrayList<>();
        try {
            for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
                if (tag == FIELD_1_BYTES) {
                    int limit = in.pushLimit(in.readRawVarint32());
                    RemoteSeries one = timeSeries(in, tally);
                    in.popLimit(limit);
                    if (one != null) {
                        mapped.add(one);
                    }
                } else {
                    in.skipField(tag);
                }
            }
            return mapped;
        } catch (IOException e) {
            throw ApiProblem.badRequest("The body is not a remote write WriteRequest (protobuf): " + e.getMessage());
        }
    }

    private RemoteSeries timeSeries(CodedInputStream in, RemoteTally tally) throws IOException {
        String name = null;
        String host = null;
        long fingerprint = 0xcbf29ce484222325L;
        Samples samples = new Samples();
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            if (tag == FIELD_1_BYTES) {
                int limit = in.pushLimit(in.readRawVarint32());
                String[] label = label(in);
                in.popLimit(limit);
                fingerprint = fnv(fnv(fingerprint, label[0]), label[1]);
                name = "__name__".equals(label[0]) ? label[1] : name;
                host = hostLabel.equals(label[0]) ? label[1] : host;
            } else if (tag == FIELD_2_BYTES) {
                int limit = in.pushLimit(in.readRawVarint32());
                samples.add(in);
                in.popLimit(limit);
            } else {
                in.skipField(tag);
            }
        }
        boolean isCounter = counter.equals(name);
        if (!isCounter && !metric.equals(name)) {
            tally.add(SampleOutcome.OTHER_METRIC, samples.size);
            return null;
        }
        if (host == null || host.isEmpty()) {
            tally.add(SampleOutcome.NO_HOST_LABEL, samples.size);
            return null;
        }
        return samples.series(host, isCounter, fingerprint);
    }

    private static String[] label(CodedInputStream in) throws IOException {
        String[] label = {"", ""};
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            if (tag == FIELD_1_BYTES) {
                label[0] = in.readStringRequireUtf8();
            } else if (tag == FIELD_2_BYTES) {
                label[1] = in.readStringRequireUtf8();
            } else {
                in.skipField(tag);
            }
        }
        return label;
    }

    private static int tag(int field, int wireType) {
        return field << 3 | wireType;
    }

    private static long fnv(long hash, String text) {
        long h = hash;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return (h ^ 0xff) * 0x100000001b3L;
    }

    /** The samples of one series, grown as they are read. */
    private static final class Samples {
        private long[] timestamps = new long[8];
        private double[] values = new double[8];
        private int size;

        void add(CodedInputStream in) throws IOException {
            double value = 0;
            long timestamp = 0;
            while (!in.isAtEnd()) {
                int tag = in.readTag();
                if (tag == FIELD_1_DOUBLE) {
                    value = in.readDouble();
                } else if (tag == FIELD_2_VARINT) {
                    timestamp = in.readInt64();
                } else {
                    in.skipField(tag);
                }
            }
            if (size == timestamps.length) {
                timestamps = Arrays.copyOf(timestamps, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            timestamps[size] = timestamp;
            values[size++] = value;
        }

        RemoteSeries series(String host, boolean counter, long fingerprint) {
            return new RemoteSeries(host, counter, fingerprint, Arrays.copyOf(timestamps, size),
                    Arrays.copyOf(values, size));
        }
    }

}
